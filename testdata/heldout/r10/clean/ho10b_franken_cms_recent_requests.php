<?php

declare(strict_types=1);

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the FrankenPHP worker API: fills the superglobals for the next request and runs the handler. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $seq = 0;
            $i = $seq++;
            $slugs = ['about-us', 'pricing', 'blog/launch-week', 'blog/release-notes', 'docs/install', 'contact'];
            $_SERVER['REQUEST_METHOD'] = 'GET';
            $_SERVER['REQUEST_URI'] = '/' . $slugs[$i % count($slugs)] . '?utm_source=newsletter&utm_campaign=autumn-' . $i;
            $_SERVER['HTTP_USER_AGENT'] = sprintf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36', 110 + $i % 15, 5000 + $i, $i % 200);
            $_SERVER['HTTP_ACCEPT_LANGUAGE'] = ['en-GB,en;q=0.9', 'de-DE,de;q=0.8,en;q=0.5', 'fr-FR,fr;q=0.9'][$i % 3];
            $_SERVER['REMOTE_ADDR'] = sprintf('203.0.113.%d', $i % 255);
            $handler();
            return true;
        }
    }
}

namespace Cms\Http {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $query,
            public readonly array $server,
        ) {
        }

        public static function fromGlobals(): self
        {
            $uri = $_SERVER['REQUEST_URI'] ?? '/';
            parse_str((string) parse_url($uri, PHP_URL_QUERY), $query);

            return new self($_SERVER['REQUEST_METHOD'] ?? 'GET', (string) parse_url($uri, PHP_URL_PATH), $query, $_SERVER);
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly string $body)
        {
        }

        public function send(): void
        {
            // emitted by the SAPI in the real worker
        }
    }
}

namespace Cms\Debug {
    use Cms\Http\Request;
    use Cms\Http\Response;
    use Throwable;

    final class JournalEntry
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly int $status,
            public readonly array $query,
            public readonly string $userAgent,
            public readonly string $clientIp,
            public readonly ?string $error = null,
        ) {
        }

        public static function fromExchange(Request $request, Response $response): self
        {
            return new self(
                $request->method,
                $request->path,
                $response->status,
                $request->query,
                $request->server['HTTP_USER_AGENT'] ?? '',
                $request->server['REMOTE_ADDR'] ?? '',
            );
        }

        public static function fromFailure(Request $request, Throwable $e): self
        {
            return new self($request->method, $request->path, 500, $request->query, $request->server['HTTP_USER_AGENT'] ?? '', $request->server['REMOTE_ADDR'] ?? '', $e->getMessage());
        }
    }

    /** Feeds the "recent requests" panel in the admin toolbar. */
    final class RequestJournal
    {
        /** @var list<JournalEntry> */
        private array $entries = [];

        public function __construct(private int $capacity)
        {
        }

        public function record(JournalEntry $entry): void
        {
            $this->entries[] = $entry;
        }

        public function compact(): void
        {
            if (count($this->entries) > $this->capacity) {
                array_splice($this->entries, 0, count($this->entries) - $this->capacity);
            }
        }

        /** @return list<JournalEntry> */
        public function recent(): array
        {
            return $this->entries;
        }
    }
}

namespace Cms {
    use Cms\Debug\JournalEntry;
    use Cms\Debug\RequestJournal;
    use Cms\Http\Request;
    use Cms\Http\Response;
    use RuntimeException;
    use Throwable;

    final class PageRepository
    {
        /** @var array<string, array{title: string, blocks: list<string>}> */
        private array $pages;

        public function __construct()
        {
            foreach (['about-us', 'pricing', 'blog/launch-week', 'blog/release-notes', 'docs/install', 'contact'] as $slug) {
                $this->pages[$slug] = ['title' => ucwords(str_replace(['-', '/'], ' ', $slug)), 'blocks' => ["Intro for $slug", "Body for $slug", 'Footer call to action']];
            }
        }

        public function find(string $slug): array
        {
            return $this->pages[$slug] ?? throw new RuntimeException("Page not found: $slug");
        }
    }

    final class Kernel
    {
        public function __construct(private PageRepository $pages, private RequestJournal $journal)
        {
        }

        public function handle(Request $request): Response
        {
            try {
                $page = $this->pages->find(ltrim($request->path, '/'));
                $html = '<h1>' . htmlspecialchars($page['title']) . '</h1><p>' . implode('</p><p>', array_map('htmlspecialchars', $page['blocks'])) . '</p>';
                $response = new Response(200, $html);
                $this->journal->record(JournalEntry::fromExchange($request, $response));

                return $response;
            } catch (Throwable $e) {
                $this->journal->record(JournalEntry::fromFailure($request, $e));

                return new Response(500, 'Something went wrong');
            } finally {
                $this->journal->compact();
            }
        }
    }
}

namespace {
    use Cms\Debug\RequestJournal;
    use Cms\Http\Request;
    use Cms\Kernel;
    use Cms\PageRepository;

    $kernel = new Kernel(new PageRepository(), new RequestJournal(50));

    $handler = static function () use ($kernel): void {
        $kernel->handle(Request::fromGlobals())->send();
    };

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        if (!frankenphp_handle_request($handler)) {
            break;
        }
    }
}
