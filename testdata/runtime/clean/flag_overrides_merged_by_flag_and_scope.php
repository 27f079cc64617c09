<?php
// A feature flag service keeps the overrides tenants send. Each request
// compiles its overrides into a map keyed by flag and scope (an enum case
// and one of two scopes) and merges it into the service's map: a key
// already there is replaced, so the map holds one override per flag and
// scope however many requests come.

enum Flag: string
{
    case NewCheckout = 'new_checkout';
    case DarkMode = 'dark_mode';
    case FastSearch = 'fast_search';
}

final class OverrideCompiler
{
    public function compile(array $rows): array
    {
        $compiled = [];
        foreach ($rows as $row) {
            $flag = Flag::tryFrom($row['flag'] ?? '');
            if ($flag === null) {
                continue;
            }
            $scope = $row['scope'] === 'tenant' ? 'tenant' : 'user';
            $compiled[$flag->value . ':' . $scope] = ['on' => (bool) $row['on'], 'note' => $row['note']];
        }
        return $compiled;
    }
}

final class FlagService
{
    private array $overrides = [];

    public function __construct(private OverrideCompiler $compiler)
    {
    }

    public function apply(array $rows): int
    {
        $this->overrides = array_merge($this->overrides, $this->compiler->compile($rows));
        return count($this->overrides);
    }
}

$service = new FlagService(new OverrideCompiler());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows = json_decode(json_encode([
        ['flag' => ['new_checkout', 'dark_mode', 'fast_search'][$i % 3], 'scope' => $i % 2 ? 'tenant' : 'user', 'on' => $i % 5 > 1, 'note' => str_repeat('changed by request ' . $i . ' ', 20)],
    ]), true);
    $service->apply($rows);
}
