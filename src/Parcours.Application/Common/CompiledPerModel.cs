using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Parcours.Application.Common;

/// <summary>
/// A compiled query, compiled once for each model it meets. EF binds a compiled query to the model it first ran
/// with; a process holding two models — a SQLite and a PostgreSQL context, as the tests do — would otherwise be
/// refused the second time. One model per process (production) compiles once, as before. Public: the session check
/// (Infrastructure) compiles its query this way too.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext context) => _byModel.GetValue(context.Model, _ => compile());
}
