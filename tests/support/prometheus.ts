/**
 * Reads Prometheus's text exposition format (version 0.0.4) as a scraper does, strictly: every
 * line is a `# HELP`, a `# TYPE` or a sample, each sample's metric was declared by a TYPE, and
 * its value is a number (or +Inf, -Inf, NaN). Anything else throws, naming the line.
 */
export interface Sample {
	name: string;
	labels: Record<string, string>;
	value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/y;
const TYPE = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/;

export function parsePrometheus(text: string): Sample[] {
	const types = new Map<string, string>();
	const samples: Sample[] = [];
	for (const line of text.split('\n')) {
		if (line === '' || line.startsWith('# HELP ')) continue;
		const type = TYPE.exec(line);
		if (type) {
			types.set(type[1]!, type[2]!);
			continue;
		}
		const m = SAMPLE.exec(line);
		if (!m) throw new Error(`not a Prometheus line: ${line}`);
		const [, name, labelText, valueText] = m;
		const family = name!.replace(/_(bucket|sum|count)$/, '');
		if (!types.has(name!) && !types.has(family)) throw new Error(`no TYPE for: ${line}`);
		const labels: Record<string, string> = {};
		if (labelText) {
			LABEL.lastIndex = 0;
			while (LABEL.lastIndex < labelText.length) {
				const l = LABEL.exec(labelText);
				if (!l) throw new Error(`bad labels in: ${line}`);
				labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
			}
		}
		const value = Number(valueText!.replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
		if (Number.isNaN(value) && !/^nan$/i.test(valueText!)) throw new Error(`bad value: ${line}`);
		samples.push({ name: name!, labels, value });
	}
	return samples;
}

/** The value of the one sample with this name and these labels (among others); undefined if none. */
export function valueOf(
	samples: Sample[],
	name: string,
	labels: Record<string, string> = {}
): number | undefined {
	return samples.find(
		(s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)
	)?.value;
}
