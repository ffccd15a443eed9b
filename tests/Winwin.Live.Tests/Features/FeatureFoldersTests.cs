using System.Reflection;
using System.Reflection.Emit;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features;

/// <summary>
/// The feature folders (one namespace each under <c>Winwin.Live.Features</c>) use each other one way only: what each
/// compiled type of a feature touches (its signatures, attributes and the code of its methods, lambdas and async
/// state machines included) is read from the built assembly, so that a razor file's unqualified tag counts too.
/// </summary>
public class FeatureFoldersTests
{
    private const string Prefix = "Winwin.Live.Features.";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void FeatureFolders_UsesBetweenThem_HaveNoCycle()
    {
        var uses = Uses(typeof(LiveWriter).Assembly);

        var cycle = FindCycle(uses);

        Assert.True(cycle is null, cycle is null ? "" : "A cycle between feature folders: " + string.Join(" -> ", cycle.Select(f => $"{f.Feature} ({f.Because})")));
    }

    [Fact]
    public void SharedFolders_UseOnlyEachOther_AndNoFeatureUsesTheStaffShell()
    {
        // The README's layout: the folders every feature may use use no feature; the shell hosts the features' panels.
        // (Storage is not one of them: it prepares the database at start-up and seeds the demo through the features.)
        string[] shared = ["Commands", "Localization", "Security", "Live"];
        var uses = Uses(typeof(LiveWriter).Assembly);

        var fromShared = shared.SelectMany(s => uses.TryGetValue(s, out var mine) ? mine.Where(u => !shared.Contains(u.Key)).Select(u => u.Value) : []).ToList();
        var intoShell = uses.Where(u => u.Key != "Control" && u.Value.ContainsKey("Control")).Select(u => u.Value["Control"]).ToList();

        Assert.True(fromShared.Count == 0, string.Join(Environment.NewLine, fromShared));
        Assert.True(intoShell.Count == 0, string.Join(Environment.NewLine, intoShell));
    }

    [Fact]
    public void FindCycle_TwoFeaturesUsingEachOther_Found()
    {
        // The check itself: a made-up pair that uses each other is reported, a chain is not.
        var uses = new Dictionary<string, Dictionary<string, string>>
        {
            ["Board"] = new() { ["Public"] = "Board -> Public" },
            ["Public"] = new() { ["Phone"] = "Public -> Phone" },
            ["Phone"] = new() { ["Public"] = "Phone -> Public" },
        };

        Assert.NotNull(FindCycle(uses));
        uses["Public"].Clear();
        Assert.Null(FindCycle(uses));
    }

    private static string? FeatureOf(Type? type)
    {
        while (type is { IsNested: true })
        {
            type = type.DeclaringType;
        }
        var ns = type?.Namespace;
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>For each feature, the features it uses, each with one example (which type uses which).</summary>
    private static Dictionary<string, Dictionary<string, string>> Uses(Assembly assembly)
    {
        var uses = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in assembly.GetTypes())
        {
            if (FeatureOf(type) is not { } feature)
            {
                continue;
            }
            foreach (var used in Touched(type))
            {
                if (FeatureOf(used) is { } other && other != feature)
                {
                    var mine = uses.TryGetValue(feature, out var existing) ? existing : uses[feature] = [];
                    mine.TryAdd(other, $"{type.FullName} uses {used.FullName}");
                }
            }
        }
        return uses;
    }

    private static IEnumerable<Type> Touched(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type?> { type.BaseType };
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().SelectMany(AttributeTypes));
        found.AddRange(type.GetFields(all).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(all).SelectMany(p => p.GetCustomAttributesData().SelectMany(AttributeTypes).Append(p.PropertyType)));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            found.AddRange(method.GetCustomAttributesData().SelectMany(AttributeTypes));
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }
            found.AddRange(InBody(method));
        }
        return found.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> AttributeTypes(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue))
            .Select(a => a.Value).OfType<Type>().Append(attribute.AttributeType);

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition()) : [type];
    }

    /// <summary>The types whose members or tokens the method's code refers to.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }
            if (!OpCodesByValue.TryGetValue(value, out var code))
            {
                yield break;
            }
            var size = OperandSize(code, il, position);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                if (Resolve(method, token) is { } resolved)
                {
                    yield return resolved;
                }
            }
            position += size;
        }
    }

    private static Type? Resolve(MethodBase method, int token)
    {
        try
        {
            var generics = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
            var methodGenerics = method.IsGenericMethod ? method.GetGenericArguments() : null;
            return method.Module.ResolveMember(token, generics, methodGenerics) switch
            {
                Type t => t,
                MemberInfo m => m.DeclaringType,
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int position) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>A path from a feature back to itself, or null.</summary>
    private static List<(string Feature, string Because)>? FindCycle(Dictionary<string, Dictionary<string, string>> uses)
    {
        var done = new HashSet<string>();
        var path = new List<(string Feature, string Because)>();
        var onPath = new HashSet<string>();

        List<(string, string)>? Visit(string feature, string because)
        {
            if (onPath.Contains(feature))
            {
                var start = path.FindIndex(p => p.Feature == feature);
                return [.. path.Skip(start), (feature, because)];
            }
            if (!done.Add(feature))
            {
                return null;
            }
            onPath.Add(feature);
            path.Add((feature, because));
            foreach (var (next, why) in uses.TryGetValue(feature, out var mine) ? mine : [])
            {
                if (Visit(next, why) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            onPath.Remove(feature);
            return null;
        }

        return uses.Keys.Order(StringComparer.Ordinal).Select(f => Visit(f, "start")).FirstOrDefault(c => c is not null);
    }
}
