/** Staff accounts as on their badges (digest §1.5): name, position, role, departments, substitute. */
import type { Db } from '../db/open';
import type { StaffRole } from './guard';

export interface StaffMember {
	id: number;
	login: string;
	firstName: string;
	lastName: string;
	position: string;
	role: StaffRole;
	departmentIds: number[];
	substituteId: number | null;
	active: boolean;
	createdAt: number;
	passwordChangedAt: number;
}

/** What an administrator sets; the rest is the account's own history. */
export type StaffFields = Omit<StaffMember, 'id' | 'createdAt' | 'passwordChangedAt'>;

interface Row {
	id: number;
	login: string;
	first_name: string;
	last_name: string;
	position: string;
	role: StaffRole;
	password_hash: string;
	substitute_id: number | null;
	active: number;
	created_at: number;
	password_changed_at: number;
}

export class StaffRepository {
	private readonly q;

	constructor(private readonly db: Db) {
		this.q = {
			all: db.prepare('SELECT * FROM staff ORDER BY last_name, first_name, id'),
			byId: db.prepare('SELECT * FROM staff WHERE id = ?'),
			byLogin: db.prepare('SELECT * FROM staff WHERE login = ?'),
			departments: db.prepare(
				'SELECT department_id FROM staff_departments WHERE staff_id = ? ORDER BY department_id'
			),
			activeAdmins: db.prepare("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1"),
			insert: db.prepare(
				`INSERT INTO staff (login, first_name, last_name, position, role, password_hash,
				   substitute_id, active, created_at, password_changed_at)
				 VALUES (@login, @firstName, @lastName, @position, @role, @hash, @substituteId, @active, @now, @now)`
			),
			update: db.prepare(
				`UPDATE staff SET login = @login, first_name = @firstName, last_name = @lastName,
				   position = @position, role = @role, substitute_id = @substituteId, active = @active
				 WHERE id = @id`
			),
			setPassword: db.prepare(
				'UPDATE staff SET password_hash = ?, password_changed_at = ? WHERE id = ?'
			),
			clearDepartments: db.prepare('DELETE FROM staff_departments WHERE staff_id = ?'),
			addDepartment: db.prepare(
				'INSERT INTO staff_departments (staff_id, department_id) VALUES (?, ?)'
			)
		};
	}

	all(): StaffMember[] {
		return (this.q.all.all() as Row[]).map((r) => this.member(r));
	}

	byId(id: number): StaffMember | null {
		const row = this.q.byId.get(id) as Row | undefined;
		return row ? this.member(row) : null;
	}

	/** The member and their password hash, for signing in. */
	credentialsOf(login: string): { member: StaffMember; hash: string } | null {
		const row = this.q.byLogin.get(login.trim()) as Row | undefined;
		return row ? { member: this.member(row), hash: row.password_hash } : null;
	}

	departmentIdsOf(id: number): number[] {
		return (this.q.departments.all(id) as { department_id: number }[]).map((r) => r.department_id);
	}

	activeAdminCount(): number {
		return this.q.activeAdmins.pluck().get() as number;
	}

	/** Inside the caller's transaction. */
	insert(fields: StaffFields, passwordHash: string, now: number): number {
		const id = Number(
			this.q.insert.run({ ...this.params(fields), hash: passwordHash, now }).lastInsertRowid
		);
		this.setDepartments(id, fields.departmentIds);
		return id;
	}

	update(id: number, fields: StaffFields): void {
		this.q.update.run({ ...this.params(fields), id });
		this.setDepartments(id, fields.departmentIds);
	}

	setPassword(id: number, passwordHash: string, now: number): void {
		this.q.setPassword.run(passwordHash, now, id);
	}

	private setDepartments(id: number, departmentIds: number[]): void {
		this.q.clearDepartments.run(id);
		for (const d of new Set(departmentIds)) this.q.addDepartment.run(id, d);
	}

	private params(f: StaffFields) {
		return {
			login: f.login.trim(),
			firstName: f.firstName.trim(),
			lastName: f.lastName.trim(),
			position: f.position.trim(),
			role: f.role,
			substituteId: f.substituteId,
			active: f.active ? 1 : 0
		};
	}

	private member(r: Row): StaffMember {
		return {
			id: r.id,
			login: r.login,
			firstName: r.first_name,
			lastName: r.last_name,
			position: r.position,
			role: r.role,
			departmentIds: this.departmentIdsOf(r.id),
			substituteId: r.substitute_id,
			active: r.active === 1,
			createdAt: r.created_at,
			passwordChangedAt: r.password_changed_at
		};
	}
}
