/**
 * "Potrzebuję pomocy" (issue 15, SR-32): a kiosk's press alerts the consoles of its location's
 * help department (the Kancelaria unless /admin/help names another); a clerk there answers "Idę",
 * and the kiosk tells the visitor someone is coming. The rule of what a press does is the
 * domain's (queue/help.ts); this keeps the requests and announces them.
 */
import type { HelpAlertDto, HelpStateDto } from '$lib/shared/help';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import { requireLocation, windowDepartmentIds } from '../auth/scope';
import type { StaffRepository } from '../auth/staff';
import type { DeviceStore } from '../auth/devices';
import type { Db } from '../db/open';
import type { HelpRequestRepository } from '../db/repositories/help-requests';
import type { OfficeRepository } from '../office/repository';
import {
	DomainError,
	HELP_LIMIT_WINDOW_MS,
	HELP_OPEN_MS,
	helpState,
	pressHelp,
	type HelpRequest
} from '../queue';

/** Where help requests and their answers are announced (realtime/broadcast.ts). */
export interface HelpAnnouncer {
	/** A new request: the location's help-desk consoles. */
	helpAlert(alert: HelpAlertDto): void;
	/** A clerk answered: the help-desk consoles (the alert goes) and the kiosk that asked. */
	helpAnswered(alert: HelpAlertDto, kiosk: string, state: HelpStateDto): void;
}

export class HelpDesk {
	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly requests: HelpRequestRepository,
		private readonly staff: Pick<StaffRepository, 'byId'>,
		private readonly devices: Pick<DeviceStore, 'byId'>,
		private readonly announce: HelpAnnouncer,
		private readonly audit: AuditLog,
		private readonly clock: () => number
	) {}

	/** The department whose consoles a location's kiosks alert: the one chosen, or the Kancelaria. */
	department(locationId: number): number | null {
		const chosen = this.requests.department(locationId);
		if (chosen !== null && this.office.department(chosen)?.locationId === locationId) return chosen;
		return this.office.departments(locationId).find((d) => d.kind === 'kancelaria')?.id ?? null;
	}

	/** The department chosen at /admin (null: the Kancelaria, by default). */
	chosenDepartment(locationId: number): number | null {
		return this.requests.department(locationId);
	}

	/**
	 * An admin chooses the department a location's kiosks alert (null: back to the Kancelaria),
	 * audited. Answers whether anything changed.
	 */
	chooseDepartment(
		actor: Principal,
		ip: string,
		locationId: number,
		departmentId: number | null
	): boolean {
		if (!this.office.location(locationId)) throw new DomainError('not_found', { what: 'location' });
		if (departmentId !== null && this.office.department(departmentId)?.locationId !== locationId) {
			throw new DomainError('invalid_input', { field: 'departmentId' });
		}
		const before = this.requests.department(locationId);
		if (before === departmentId) return false;
		this.db.transaction(() => {
			this.requests.setDepartment(locationId, departmentId);
			this.audit.record({
				actor,
				action: 'help.department',
				subject: `location:${locationId}`,
				detail: { before, after: departmentId },
				ip
			});
		})();
		return true;
	}

	/** Whether a window is one of its location's help desks (serves the help department). */
	isHelpDesk(windowId: number): boolean {
		const window = this.office.window(windowId);
		if (!window) return false;
		const department = this.department(window.locationId);
		return (
			department !== null &&
			windowDepartmentIds({ office: this.office }, windowId).includes(department)
		);
	}

	/**
	 * A visitor pressed "Potrzebuję pomocy". A paired kiosk is known by its device (its name is its
	 * place); staff trying the kiosk page name it with its `?kiosk=` key.
	 */
	press(
		principal: Principal,
		request: { locationId: number; kiosk: string }
	): { kiosk: string; state: HelpStateDto } {
		requireLocation(principal, request.locationId);
		if (!this.office.location(request.locationId)) {
			throw new DomainError('not_found', { what: 'location' });
		}
		const device = principal.device && this.devices.byId(principal.device.id);
		const kiosk = device ? `device-${device.id}` : request.kiosk;
		const place = device ? device.name : `Kiosk ${request.kiosk}`;
		const now = this.clock();
		const outcome = this.db
			.transaction(() => {
				// Far enough back for every rule of the press: the limit's window and an open request's life.
				const since = now - Math.max(HELP_LIMIT_WINDOW_MS, HELP_OPEN_MS);
				const press = pressHelp(this.requests.recent(request.locationId, kiosk, since), now);
				if (press.kind !== 'new') return press;
				const id = this.requests.insert({
					locationId: request.locationId,
					kiosk,
					place: place.slice(0, 120),
					departmentId: this.department(request.locationId),
					requestedAt: now
				});
				return { kind: 'created' as const, request: this.requests.byId(id)! };
			})
			.immediate();
		if (outcome.kind === 'created') this.announce.helpAlert(this.alertOf(outcome.request));
		return { kiosk, state: this.stateOf(outcome) };
	}

	/** The requests of a location nobody has answered yet (a console that opens shows them). */
	open(locationId: number): HelpAlertDto[] {
		return this.requests.open(locationId, this.clock() - HELP_OPEN_MS).map((r) => this.alertOf(r));
	}

	/** A clerk at a help-desk window answers "Idę". A second answer is no error: it is answered. */
	acknowledge(principal: Principal, windowId: number, requestId: number): HelpAlertDto {
		const window = this.office.window(windowId);
		const request = this.requests.byId(requestId);
		if (!window || !request || request.locationId !== window.locationId) {
			throw new DomainError('not_found', { what: 'help_request' });
		}
		if (!this.isHelpDesk(windowId)) throw new DomainError('invalid_input', { field: 'windowId' });
		const now = this.clock();
		if (helpState(request, now) === 'over') throw new DomainError('invalid_state');
		const answered = this.requests.acknowledge(requestId, principal.staff!.id, now);
		const alert = this.alertOf(this.requests.byId(requestId)!);
		if (answered) {
			this.announce.helpAnswered(alert, request.kiosk, {
				state: 'coming',
				requestId,
				by: alert.acknowledgedBy ?? ''
			});
		}
		return alert;
	}

	/** Every request of a location in [from, to): the manager's statistics. */
	requestsIn(locationId: number, from: number, to: number): HelpRequest[] {
		return this.requests.inPeriod(locationId, from, to);
	}

	private stateOf(
		outcome: ReturnType<typeof pressHelp> | { kind: 'created'; request: HelpRequest }
	): HelpStateDto {
		switch (outcome.kind) {
			case 'limited':
				return { state: 'limited', retryAt: outcome.retryAt };
			case 'coming':
				return {
					state: 'coming',
					requestId: outcome.request.id,
					by: this.firstName(outcome.request.acknowledgedBy)
				};
			case 'new': // not reached: a new press is created above
			case 'open':
			case 'created': {
				const request = 'request' in outcome ? outcome.request : null;
				return {
					state: 'open',
					requestId: request?.id ?? 0,
					requestedAt: request?.requestedAt ?? 0
				};
			}
		}
	}

	private firstName(staffId: number | null): string {
		return staffId === null ? '' : (this.staff.byId(staffId)?.firstName ?? '');
	}

	private alertOf(r: HelpRequest): HelpAlertDto {
		return {
			id: r.id,
			locationId: r.locationId,
			place: r.place,
			requestedAt: r.requestedAt,
			acknowledgedAt: r.acknowledgedAt,
			acknowledgedBy: r.acknowledgedBy === null ? null : this.firstName(r.acknowledgedBy)
		};
	}
}
