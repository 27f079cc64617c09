<?php
// An image edge memoizes one resize spec per fit mode in a static. The
// fit a request asks for is checked against the fit modes the service
// was configured with only to pick the spec's fit; the memo is keyed by
// what the request sent, so every unknown fit adds a spec.

namespace Illuminate\Http {
    /** Stand-in for Laravel's request: the query string. */
    class Request
    {
        /** @param array<string, string> $query */
        public function __construct(private readonly array $query)
        {
        }

        public function query(string $name): ?string
        {
            return $this->query[$name] ?? null;
        }
    }
}

namespace {
    use Illuminate\Http\Request;

    final class Config
    {
        /** @param array<string, mixed> $items */
        public function __construct(private readonly array $items)
        {
        }

        public function get(string $key): mixed
        {
            return $this->items[$key] ?? null;
        }
    }

    final class SpecResolver
    {
        /** @var array<string, array{fit: string, ops: string}> */
        private static array $specs = [];

        /** @param list<string> $fits */
        public function __construct(private readonly array $fits)
        {
        }

        public function resolve(Request $request): array
        {
            $fit = in_array($request->query('fit'), $this->fits, true) ? $request->query('fit') : $this->fits[0];

            return self::$specs[(string) $request->query('fit')] ??= ['fit' => $fit, 'ops' => str_repeat('resize;sharpen;encode;', 120)]; // leak
        }
    }

    $config = new Config(json_decode((string) file_get_contents('data://text/plain,{"images.fits":["cover","contain","fill"]}'), true));
    $resolver = new SpecResolver($config->get('images.fits'));
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $resolver->resolve(new Request(['fit' => ['cover', 'contain', 'fill', 'fit-' . $i][$i % 4]]));
    }
}
