<?php

declare(strict_types=1);

// amphp/http-server app serving landing pages built in a page builder. The
// first sections are rendered into the response as they are; the rest follow
// in a wrapper the browser lays out only when it scrolls near it.

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $attributes = [],
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

namespace LandingKit {
    use Generator;

    final class SectionRenderer
    {
        public function render(array $section, int $pageId): string
        {
            return match ($section['type']) {
                'hero' => "<section class=\"hero\" id=\"p{$pageId}-hero\"><h1>{$section['headline']}</h1><p>{$section['lede']}</p></section>",
                'features' => '<section class="features"><ul><li>' . implode('</li><li>', $section['items']) . '</li></ul></section>',
                'testimonial' => "<blockquote class=\"testimonial\">{$section['quote']}<cite>{$section['author']}</cite></blockquote>",
                default => "<section class=\"{$section['type']}\"></section>",
            };
        }
    }

    final class PageLayout
    {
        private ?Generator $cursor = null;

        private int $taken = 0;

        /** @param list<array<string, mixed>> $sections */
        public function __construct(
            private int $pageId,
            private array $sections,
            private SectionRenderer $renderer,
        ) {
        }

        /** Renders the next $count sections. */
        public function take(int $count): string
        {
            $this->cursor ??= $this->render();
            $html = '';
            while ($count-- > 0 && $this->cursor->valid()) {
                $html .= $this->cursor->current();
                $this->taken++;
                $this->cursor->next();
            }

            return $html;
        }

        /** Renders every section not rendered yet. */
        public function rest(): string
        {
            return $this->take(PHP_INT_MAX);
        }

        /** @return Generator<int, string> */
        private function render(): Generator
        {
            foreach ($this->sections as $index => $section) {
                yield $index => $this->renderer->render($section, $this->pageId);
            }
        }
    }

    final class LandingPageHandler implements \Amp\Http\Server\RequestHandler
    {
        private const ABOVE_THE_FOLD = 2;

        public function __construct(private SectionRenderer $renderer)
        {
        }

        public function handleRequest(\Amp\Http\Server\Request $request): \Amp\Http\Server\Response
        {
            $page = $request->getAttribute('page');
            $layout = new PageLayout($page['id'], $page['sections'], $this->renderer);

            $body = '<!doctype html><main>' . $layout->take(self::ABOVE_THE_FOLD)
                . '<div style="content-visibility:auto">' . $layout->rest() . '</div></main>';

            return new \Amp\Http\Server\Response(200, ['content-type' => 'text/html; charset=utf-8'], $body);
        }
    }
}

namespace {
    use Amp\Http\Server\Request;
    use LandingKit\LandingPageHandler;
    use LandingKit\SectionRenderer;

    $handler = new LandingPageHandler(new SectionRenderer());

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 1; $i <= $n; $i++) {
        $pageId = 640 + $i;
        $campaign = ['spring-sale', 'webinar', 'product-launch'][$i % 3];
        $request = new Request('GET', "/lp/{$campaign}-{$pageId}", ['page' => [
            'id' => $pageId,
            'sections' => [
                ['type' => 'hero', 'headline' => "Campaign {$campaign} #{$pageId}", 'lede' => "Everything about offer {$pageId}, in two minutes of reading."],
                ['type' => 'features', 'items' => ["Feature A for {$pageId}", "Feature B for {$pageId}", 'Works offline', 'Single sign-on']],
                ['type' => 'testimonial', 'quote' => "It changed how our team of {$i} ships landing pages. We went from a week per page to an afternoon, and the editors stopped filing tickets.", 'author' => "Customer {$pageId}"],
                ['type' => 'faq'],
                ['type' => 'cta'],
            ],
        ]]);

        $response = $handler->handleRequest($request);
        unset($request, $response);
    }
}
