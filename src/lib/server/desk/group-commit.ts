/**
 * Group commit: the requests that reach the same point in one turn of the event loop are
 * committed together, in one SQLite transaction, and each caller is answered only after that
 * commit has returned (with synchronous=FULL: after the WAL is fsynced).
 *
 * Why: a ticket's commit writes the ticket and its indexes, the day's sequence and an event to
 * the WAL and waits for the fsync; kiosks issuing at the same moment would each write those pages and
 * wait for an fsync of their own. Ten tickets in one commit share the pages they touch and one
 * fsync. Durability is unchanged: nothing is acknowledged before the commit that holds it, and if
 * that commit fails every request in it fails and none is acknowledged.
 *
 * Each request keeps its own outcome: `commitAll` runs each one in its own savepoint and returns
 * its result or its error, so a refused request (an unknown matter, a closed office) is answered
 * with its own error and does not abort its neighbours.
 *
 * The batch goes out in the check phase (setImmediate) that follows the turn in which the first
 * request arrived: a lone request waits for nothing but the end of the current turn.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Waiting<In, Out> {
	input: In;
	resolve: (value: Out) => void;
	reject: (error: unknown) => void;
}

export class GroupCommit<In, Out> {
	private batch: Waiting<In, Out>[] = [];

	/** `commitAll` commits all the inputs in one transaction, one outcome per input, in order. */
	constructor(private readonly commitAll: (inputs: In[]) => Outcome<Out>[]) {}

	submit(input: In): Promise<Out> {
		return new Promise((resolve, reject) => {
			if (this.batch.length === 0) setImmediate(() => this.flush());
			this.batch.push({ input, resolve, reject });
		});
	}

	private flush(): void {
		const batch = this.batch;
		this.batch = [];
		let outcomes: Outcome<Out>[];
		try {
			outcomes = this.commitAll(batch.map((w) => w.input));
		} catch (error) {
			// The commit itself failed: nothing in it is durable, so nobody is told it is.
			for (const w of batch) w.reject(error);
			return;
		}
		batch.forEach((w, i) => {
			const outcome = outcomes[i]!;
			if (outcome.ok) w.resolve(outcome.value);
			else w.reject(outcome.error);
		});
	}
}
