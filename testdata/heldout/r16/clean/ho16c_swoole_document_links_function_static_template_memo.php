<?php

declare(strict_types=1);

namespace App\Routing {

    const ROUTES = [
        'documents.download' => '/documents/{document}/download',
        'documents.preview' => '/documents/{document}/preview/{page}',
        'documents.thumbnail' => '/documents/{document}/thumb/{size}',
    ];

    const SIGNING_KEY = 'base64:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0';

    /**
     * Builds an absolute, signed URL for a named route. Splitting the route
     * template is the hot path of the file browser, so the compiled segments
     * are memoised for the lifetime of the worker.
     *
     * @param array<string, string|int> $parameters
     */
    function signed_route(string $name, array $parameters, int $expiresAt): string
    {
        static $compiled = [];

        $memoKey = "route:{$name}";
        if (! isset($compiled[$memoKey])) {
            $template = ROUTES[$name] ?? throw new \InvalidArgumentException("Route [{$name}] not defined.");
            $compiled[$memoKey] = preg_split('/\{(\w+)\}/', $template, -1, PREG_SPLIT_DELIM_CAPTURE);
        }

        $path = '';
        foreach ($compiled[$memoKey] as $index => $segment) {
            $path .= $index % 2 === 1 ? rawurlencode((string) ($parameters[$segment] ?? '')) : $segment;
        }
        $query = 'expires=' . $expiresAt;
        $signature = hash_hmac('sha256', $path . '?' . $query, SIGNING_KEY);

        return "https://files.example.test{$path}?{$query}&signature={$signature}";
    }
}

namespace App\Files {

    use function App\Routing\signed_route;

    final class DocumentLinks
    {
        public function __construct(
            public readonly string $download,
            public readonly string $preview,
            public readonly string $thumbnail,
        ) {
        }
    }

    final class LinkPresenter
    {
        private const TTL = 900;

        public function __construct(private \Closure $clock)
        {
        }

        public function forDocument(string $documentId): DocumentLinks
        {
            // Round to the minute so browsers can cache the JSON for a while.
            $expires = intdiv(($this->clock)() + self::TTL, 60) * 60;

            return new DocumentLinks(
                signed_route('documents.download', ['document' => $documentId], $expires),
                signed_route('documents.preview', ['document' => $documentId, 'page' => 1], $expires),
                signed_route('documents.thumbnail', ['document' => $documentId, 'size' => 'md'], $expires),
            );
        }
    }

    final class DocumentController
    {
        public function __construct(private LinkPresenter $links)
        {
        }

        public function show(array $request): array
        {
            $id = $request['route']['document'];
            $links = $this->links->forDocument($id);

            return ['status' => 200, 'body' => json_encode(['id' => $id, 'links' => (array) $links])];
        }
    }
}

namespace {

    use App\Files\DocumentController;
    use App\Files\LinkPresenter;

    /** Swoole\Http\Server stand-in: one 'request' callback, many requests. */
    final class FakeSwooleServer
    {
        private ?\Closure $onRequest = null;

        public function on(string $event, \Closure $handler): void
        {
            $this->onRequest = $handler;
        }

        public function start(int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                $uuid = sprintf('%08x-%04x-4%03x-a%03x-%012x', $i * 40503, $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 2654435761);
                ($this->onRequest)(['uri' => "/documents/{$uuid}", 'route' => ['document' => $uuid]]);
            }
        }
    }

    $now = 1_700_000_000;
    $controller = new DocumentController(new LinkPresenter(static function () use (&$now): int {
        return $now += 2;
    }));

    $server = new FakeSwooleServer();
    $server->on('request', static function (array $request) use ($controller): void {
        $controller->show($request);
    });
    $server->start((int) (getenv('PHPLEAK_N') ?: 100));
}
