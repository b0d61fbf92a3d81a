import { Dexie, type EntityTable, type Table } from 'dexie'
import type {
  Attendance,
  AuditEntry,
  Cluster,
  ClusterYear,
  Composition,
  CommitmentProgress,
  Criterion,
  DocumentRecord,
  Draft,
  Guest,
  Meeting,
  MemberUnit,
  Minutes,
  Pact,
  PactCommitment,
  Remark,
  Setting,
  UnitPerson,
  Vote
} from '@core/model/entities'
import type {
  RankingSnapshot,
  ScoreAdjustment,
  ScoreEntry,
  ScoreSheet,
  ScoringRules
} from '@core/scoring/model'
import type { Ballot, BallotCount } from '@core/ballot/model'
import type {
  AwardDossier,
  AwardProposal,
  AwardType,
  PastAward,
  UnitLineageEvent
} from '@core/awards/model'
import type { AuditArchiveRecord } from '@core/backup/audit-archive'
import { CURRENT_SCHEMA_VERSION, SCHEMA_STEPS } from './migrations'

/** Name of the app's IndexedDB database. Fixed: changing it would hide every user's data. */
export const DATABASE_NAME = 'cum-thi-dua'

export interface OfficeDatabaseOptions {
  /** Open at an older released version; migration tests use it to build the "before" state. */
  schemaVersion?: number
  /** An IndexedDB implementation other than the page's (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
  /**
   * Declare only the current schema, for a database known to be at it already: declaring every
   * step costs the start a noticeable time (issue 13). `declareUpgrades()` adds the older steps
   * and their upgrades before opening anything that may be older or absent.
   */
  currentSchemaOnly?: boolean
}

/**
 * The secretariat's database: one table per entity of `src/core/model/entities.ts`, and the
 * storage-only `auditArchive` (`STORAGE_ONLY_TABLES`), which holds part of the audit log.
 *
 * Opened with strict durability: a transaction reports success only after the data is flushed to
 * disk, so a power cut right after "Đã lưu" cannot take the save back (data-safety.md §1.5).
 */
export class OfficeDatabase extends Dexie {
  clusters!: EntityTable<Cluster, 'id'>
  memberUnits!: EntityTable<MemberUnit, 'id'>
  unitPeople!: EntityTable<UnitPerson, 'id'>
  clusterYears!: EntityTable<ClusterYear, 'id'>
  pacts!: EntityTable<Pact, 'id'>
  pactCommitments!: EntityTable<PactCommitment, 'id'>
  criteria!: EntityTable<Criterion, 'id'>
  commitmentProgress!: EntityTable<CommitmentProgress, 'id'>
  meetings!: EntityTable<Meeting, 'id'>
  attendances!: EntityTable<Attendance, 'id'>
  guests!: EntityTable<Guest, 'id'>
  remarks!: EntityTable<Remark, 'id'>
  votes!: EntityTable<Vote, 'id'>
  minutes!: EntityTable<Minutes, 'id'>
  documents!: EntityTable<DocumentRecord, 'id'>
  compositions!: EntityTable<Composition, 'id'>
  settings!: Table<Setting, string>
  auditLog!: EntityTable<AuditEntry, 'id'>
  /**
   * The older audit entries packed in ordered runs (schema v9, storage only): read the log through
   * `repositories/audit.ts`, which gives the archive and the live rows as one log.
   */
  auditArchive!: EntityTable<AuditArchiveRecord, 'id'>
  /** Unsaved form work (schema v6), keyed `form:recordId`. */
  drafts!: Table<Draft, string>
  /** Year-end scoring (schema v7): the rules, sheets, entries, items and adopted ranking. */
  scoringRules!: EntityTable<ScoringRules, 'id'>
  scoreSheets!: EntityTable<ScoreSheet, 'id'>
  scoreEntries!: EntityTable<ScoreEntry, 'id'>
  scoreAdjustments!: EntityTable<ScoreAdjustment, 'id'>
  rankingSnapshots!: EntityTable<RankingSnapshot, 'id'>
  /** Bình xét (schema v8): the ballot of each round and its count. */
  ballots!: EntityTable<Ballot, 'id'>
  ballotCounts!: EntityTable<BallotCount, 'id'>
  /** Awards (schema v8): catalogue, proposals, history, unit lineage, the dossier of a year. */
  awardTypes!: EntityTable<AwardType, 'id'>
  awardProposals!: EntityTable<AwardProposal, 'id'>
  pastAwards!: EntityTable<PastAward, 'id'>
  unitLineageEvents!: EntityTable<UnitLineageEvent, 'id'>
  awardDossiers!: EntityTable<AwardDossier, 'id'>

  constructor(name: string = DATABASE_NAME, options: OfficeDatabaseOptions = {}) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {})
    })
    this.target = options.schemaVersion ?? CURRENT_SCHEMA_VERSION
    if (options.currentSchemaOnly) this.version(this.target).stores(storesAt(this.target))
    else this.declareUpgrades()
  }

  private readonly target: number
  private upgradesDeclared = false

  /** Declares every schema step up to the target with its upgrade (before the database opens). */
  declareUpgrades(): void {
    if (this.upgradesDeclared) return
    this.upgradesDeclared = true
    for (const step of SCHEMA_STEPS) {
      if (step.version > this.target) break
      const version = this.version(step.version).stores(step.stores)
      if (step.upgrade) version.upgrade(step.upgrade)
    }
  }
}

/** Every table of the schema at `version`: each step declares only what it adds or changes. */
function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const step of SCHEMA_STEPS) {
    if (step.version > version) break
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[table]
      else stores[table] = spec
    }
  }
  return stores
}
