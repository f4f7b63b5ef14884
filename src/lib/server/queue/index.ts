/** The queue domain: the ordinance's rules for tickets and windows, pure and clock-free. */
export * from './types';
export * from './errors';
export * from './events';
export * from './ordering';
export * from './numbering';
export * from './lifecycle';
export * from './windows';
export * from './consulting';
export * from './clock';
export * from './calendar';
export * from './slots';
export * from './hours';
export * from './day';
export * from './estimate';
export * from './holding';
export * from './usual-time';
export * from './interpreter';
