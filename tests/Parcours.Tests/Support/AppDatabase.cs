using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Parcours.Tests.Support;

/// <summary>
/// The database under a <see cref="ParcoursApp"/>, opened the way its provider needs, for the few tests that check
/// what the API cannot show (nothing left behind, triggers that refuse, counts computed independently). SQL is
/// written once for both: identifiers in double quotes, parameters as <c>@name</c>, ids through <see cref="Id"/>.
/// </summary>
internal sealed class AppDatabase : IAsyncDisposable
{
    private readonly DbConnection _connection;

    private AppDatabase(DbConnection connection, bool postgreSql)
    {
        _connection = connection;
        IsPostgreSql = postgreSql;
    }

    public bool IsPostgreSql { get; }

    public static Task<AppDatabase> OpenAsync(ParcoursApp app) => OpenAsync(app.Database);

    public static async Task<AppDatabase> OpenAsync(ParcoursApp.DatabaseSettings database)
    {
        DbConnection connection = database.PostgreSql
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        return new AppDatabase(connection, database.PostgreSql);
    }

    /// <summary>A Guid as each provider stores it: PostgreSQL's uuid, SQLite's upper-case text (EF's choice).</summary>
    public object Id(Guid id) => IsPostgreSql ? id : id.ToString().ToUpperInvariant();

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every table of the database with its number of rows, by name.</summary>
    public async Task<SortedDictionary<string, long>> RowCountsAsync()
    {
        var tables = new List<string>();
        await using (var list = Command(IsPostgreSql
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", []))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await ScalarAsync($"SELECT count(*) FROM \"{table}\"");
        }
        return counts;
    }

    /// <summary>A SQLite file that no <see cref="ParcoursApp"/> holds (a backup, a fixture).</summary>
    public static Task<AppDatabase> OpenSqliteAsync(string path) => OpenAsync(new ParcoursApp.DatabaseSettings(false, $"Data Source={path}"));

    /// <summary>The first row of a query, column by column (values as text, nulls as null).</summary>
    public async Task<Dictionary<string, string?>?> RowAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return null;
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString());
    }

    /// <summary>Every text column of every table holding one of <paramref name="needles"/> (case ignored; plain and JSON-escaped), as « table.column « needle » ».</summary>
    public async Task<List<string>> ColumnsHoldingAsync(IEnumerable<string> needles)
    {
        var spellings = needles.SelectMany(n => new[] { n, JsonEncodedText.Encode(n, JavaScriptEncoder.Default).ToString() }).Distinct().ToList();
        var columns = new List<(string Table, string Column)>();
        await using (var list = Command(IsPostgreSql
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb')"
            : "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'", []))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        var position = IsPostgreSql ? "strpos" : "instr";
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            foreach (var needle in spellings)
            {
                if (await ScalarAsync($"SELECT count(*) FROM \"{table}\" WHERE {position}(lower(CAST(\"{column}\" AS TEXT)), lower(@n)) > 0", ("n", needle)) > 0)
                    found.Add($"{table}.{column} « {needle} »");
            }
        }
        return found;
    }

    private DbCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
