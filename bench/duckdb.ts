/**
 * The peer for "CSV to national position": DuckDB (`@duckdb/node-api`, in memory) reads the same wide CSV file
 * with `read_csv` and computes the same per-organisation, per-theme scores in SQL: each item's mean over the
 * respondents' scale values (don't know and not applicable left out), then each theme's mean of its item means
 * (the reference framework weighs every item 1). It then computes the national median of each theme over the
 * organisations, the heart of the national position, so that it ends where ours does.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** One organisation's score on one theme, as DuckDB computes it. */
export interface PeerThemeScore {
  readonly organisationId: string;
  readonly themeId: string;
  readonly score: number;
}

/** A DuckDB connection kept open for every run, so that starting the database is not timed. */
export interface DuckDbPeer {
  readonly connection: DuckDBConnection;
  /** The DuckDB version, for the table's notes. */
  readonly version: string;
  /** The number of threads DuckDB uses. */
  readonly threads: number;
  readonly close: () => void;
}

/** Opens an in-memory DuckDB with its default settings (it uses every core). */
export async function openDuckDb(): Promise<DuckDbPeer> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const info = await connection.runAndReadAll("SELECT version() AS v, current_setting('threads') AS t");
  const [row] = info.getRowsJS();
  return {
    connection,
    version: (row?.[0] as string | undefined) ?? '',
    threads: Number(row?.[1] ?? 0),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function quoted(path: string): string {
  return `'${path.replace(/'/g, "''")}'`;
}

/** The SQL of the per-organisation, per-theme scores of a wide CSV file. */
export function themeScoresSql(path: string): string {
  return `
    WITH wide AS (
      SELECT * FROM read_csv(${quoted(path)}, header = true, all_varchar = true)
    ),
    answers AS (
      UNPIVOT wide ON COLUMNS(* EXCLUDE (organisation_id, respondent_id)) INTO NAME item_id VALUE answer
    ),
    items AS (
      SELECT organisation_id, item_id, avg(TRY_CAST(answer AS DOUBLE)) AS item_mean
      FROM answers
      GROUP BY organisation_id, item_id
    )
    SELECT organisation_id, split_part(item_id, '.', 1) AS theme_id, avg(item_mean) AS theme_score
    FROM items
    GROUP BY organisation_id, theme_id`;
}

/** Reads the CSV file and returns every organisation's theme scores, sorted by organisation and theme. */
export async function duckDbThemeScores(peer: DuckDbPeer, path: string): Promise<readonly PeerThemeScore[]> {
  const reader = await peer.connection.runAndReadAll(`${themeScoresSql(path)} ORDER BY organisation_id, theme_id`);
  return reader.getRowsJS().map((row) => ({ organisationId: row[0] as string, themeId: row[1] as string, score: Number(row[2]) }));
}

/**
 * The timed task: reads the CSV file, computes the theme scores and, from them, each theme's national median over
 * the organisations; returns the medians by theme.
 */
export async function duckDbNationalMedians(peer: DuckDbPeer, path: string): Promise<ReadonlyMap<string, number>> {
  const reader = await peer.connection.runAndReadAll(`
    WITH scores AS (${themeScoresSql(path)})
    SELECT theme_id, median(theme_score) AS median, count(*) AS n
    FROM scores
    GROUP BY theme_id
    ORDER BY theme_id`);
  return new Map(reader.getRowsJS().map((row) => [row[0] as string, Number(row[1])]));
}
