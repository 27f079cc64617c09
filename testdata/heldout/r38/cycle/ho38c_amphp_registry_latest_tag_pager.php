<?php

declare(strict_types=1);

namespace Amp {
    // Stand-in for amphp/amp v3: async() runs the closure in a fiber and
    // returns a Future whose await() yields the result.
    final class Future
    {
        private mixed $value = null;
        private bool $complete = false;

        public function __construct(private readonly \Fiber $fiber)
        {
        }

        public function resolve(mixed $value): void
        {
            $this->value = $value;
            $this->complete = true;
        }

        public function await(): mixed
        {
            while (!$this->complete && !$this->fiber->isTerminated()) {
                $this->fiber->resume();
            }

            return $this->value;
        }
    }

    function async(\Closure $closure, mixed ...$args): Future
    {
        $fiber = new \Fiber($closure);
        $future = new Future($fiber);
        $future->resolve($fiber->start(...$args));

        return $future;
    }
}

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $attributes,
        ) {
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status = 200,
            public readonly array $headers = [],
            public readonly string $body = '',
        ) {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }
}

namespace Acme\Deploy\Registry {
    final class RegistryClient
    {
        private int $requests = 0;

        public function __construct(private readonly string $baseUri)
        {
        }

        /**
         * GET /v2/{name}/tags/list?n={n}&last={last}, newest first.
         *
         * @return array{tags: list<array{name: string, digest: string, pushed: int}>, next: ?string}
         */
        public function listTags(string $repository, int $pageSize, ?string $last, int $head): array
        {
            ++$this->requests;
            $offset = $last === null ? 0 : (int) substr($last, strrpos($last, '.') + 1);
            $tags = [];
            for ($k = 0; $k < $pageSize; ++$k) {
                $build = $head - $offset - $k;
                $tags[] = [
                    'name' => sprintf('1.%d.%d', intdiv($build, 100), $build),
                    'digest' => 'sha256:' . hash('sha256', "$repository@$build"),
                    'pushed' => 1700000000 + $build * 300,
                ];
            }
            $next = $offset + $pageSize < 3 * $pageSize ? sprintf('page.%d', $offset + $pageSize) : null;

            return ['tags' => $tags, 'next' => $next];
        }
    }

    final class TagListing
    {
        private ?\Generator $pages;

        public function __construct(
            private readonly RegistryClient $client,
            private readonly string $repository,
            private readonly int $head,
            private readonly int $pageSize = 5,
        ) {
            $this->pages = $this->fetchPages(); // leak
        }

        private function fetchPages(): \Generator
        {
            $last = null;
            do {
                $page = $this->client->listTags($this->repository, $this->pageSize, $last, $this->head);
                yield $page['tags'];
                $last = $page['next'];
            } while ($last !== null);
        }

        /** @return list<array{name: string, digest: string, pushed: int}> */
        public function firstPage(): array
        {
            return $this->pages->current() ?? [];
        }

        /** @return \Generator<array{name: string, digest: string, pushed: int}> */
        public function all(): \Generator
        {
            foreach ($this->pages as $tags) {
                yield from $tags;
            }
        }
    }
}

namespace Acme\Deploy\Http {
    use Acme\Deploy\Registry\RegistryClient;
    use Acme\Deploy\Registry\TagListing;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    /** GET /deployables/{image}/latest — which image digest the next rollout will pin. */
    final class LatestTagHandler implements RequestHandler
    {
        public function __construct(private readonly RegistryClient $registry)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $listing = new TagListing($this->registry, 'acme/' . $request->getAttribute('image'), (int) $request->getAttribute('head'));

            // the registry lists newest first, so the head of page one is the latest push
            $newest = $listing->firstPage()[0] ?? null;
            if ($newest === null) {
                return new Response(404);
            }

            return new Response(200, ['content-type' => 'application/json'], json_encode([
                'tag' => $newest['name'],
                'digest' => $newest['digest'],
                'pushed_at' => date(DATE_ATOM, $newest['pushed']),
            ]));
        }
    }
}

namespace {
    use Acme\Deploy\Http\LatestTagHandler;
    use Acme\Deploy\Registry\RegistryClient;
    use Amp\Http\Server\Request;

    use function Amp\async;

    $handler = new LatestTagHandler(new RegistryClient('https://registry.acme.internal'));
    $images = ['checkout-api', 'catalog-worker', 'edge-proxy', 'notifications'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; ++$i) {
        $request = new Request('GET', '/deployables/' . $images[$i % 4] . '/latest', [
            'image' => $images[$i % 4],
            'head' => 1000 + $i,
        ]);
        $response = async(static fn () => $handler->handleRequest($request))->await();
    }
}
