<?php

declare(strict_types=1);

/*
 * FrankenPHP worker script for the magazine front end. Pages are rendered
 * by a small template engine whose partials can ask which template they are
 * nested in (used for the "rendered by" HTML comments in staging and for
 * partials that change markup inside a sidebar).
 */

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the SAPI: feeds PHPLEAK_N requests to the handler. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $served++;
            $_SERVER['REQUEST_URI'] = sprintf('/stories/%d', 52000 + $served);
            $_SERVER['HTTP_X_SECTION'] = ['culture', 'music', 'film'][$served % 3];
            $handler();

            return $served < $limit;
        }
    }
}

namespace Magazine\View {
    final class View
    {
        public function __construct(
            public readonly string $template,
            public readonly array $data,
        ) {
        }
    }

    trait TracksRenderContexts
    {
        /** @var array<int, array<string, mixed>> */
        private static array $renderContexts = [];

        protected function enterContext(View $view, ?View $parent): void
        {
            self::$renderContexts[spl_object_id($view)] = [ // leak
                'view' => $view,
                'parent' => $parent === null ? null : spl_object_id($parent),
                'started' => hrtime(true),
            ];
        }

        /** @return list<string> outermost template first */
        protected function ancestry(View $view): array
        {
            $chain = [];
            $id = spl_object_id($view);
            while ($id !== null && isset(self::$renderContexts[$id])) {
                array_unshift($chain, self::$renderContexts[$id]['view']->template);
                $id = self::$renderContexts[$id]['parent'];
            }

            return $chain;
        }
    }

    final class TemplateEngine
    {
        use TracksRenderContexts;

        /** @param array<string, \Closure(TemplateEngine, View): string> $templates */
        public function __construct(private array $templates, private bool $debugComments)
        {
        }

        public function render(string $template, array $data, ?View $parent = null): string
        {
            $view = new View($template, $data);
            $this->enterContext($view, $parent);
            $html = ($this->templates[$template])($this, $view);
            if ($this->debugComments) {
                $html = sprintf("<!-- %s -->\n%s", implode(' > ', $this->ancestry($view)), $html);
            }

            return $html;
        }

        public function partial(string $template, array $data, View $parent): string
        {
            return $this->render($template, $data, $parent);
        }

        public function isInside(View $view, string $template): bool
        {
            return in_array($template, $this->ancestry($view), true);
        }
    }
}

namespace Magazine {
    final class StoryRepository
    {
        public function find(int $id, string $section): array
        {
            return [
                'id' => $id,
                'section' => $section,
                'headline' => sprintf('The %s issue: notes from story %d', $section, $id),
                'body' => str_repeat(sprintf('<p>Paragraph of story %d in %s.</p>', $id, $section), 8),
                'author' => ['name' => 'M. Ortega', 'slug' => 'm-ortega'],
                'related' => [$id - 1, $id - 2, $id - 5],
            ];
        }
    }
}

namespace {
    use Magazine\StoryRepository;
    use Magazine\View\TemplateEngine;
    use Magazine\View\View;

    $e = static fn (string $s): string => htmlspecialchars($s, ENT_QUOTES);

    $engine = new TemplateEngine([
        'layout' => static fn (TemplateEngine $t, View $v): string => sprintf(
            '<html><body class="%s">%s%s</body></html>',
            $e($v->data['story']['section']),
            $t->partial('story', ['story' => $v->data['story']], $v),
            $t->partial('sidebar', ['related' => $v->data['story']['related']], $v),
        ),
        'story' => static fn (TemplateEngine $t, View $v): string => sprintf(
            '<article><h1>%s</h1>%s%s</article>',
            $e($v->data['story']['headline']),
            $t->partial('byline', ['author' => $v->data['story']['author']], $v),
            $v->data['story']['body'],
        ),
        'sidebar' => static fn (TemplateEngine $t, View $v): string => '<aside>' . implode('', array_map(
            static fn (int $id): string => $t->partial('teaser', ['id' => $id], $v),
            $v->data['related'],
        )) . '</aside>',
        'byline' => static fn (TemplateEngine $t, View $v): string => sprintf(
            '<p class="byline">By <a href="/authors/%s">%s</a></p>',
            $v->data['author']['slug'],
            $e($v->data['author']['name']),
        ),
        'teaser' => static fn (TemplateEngine $t, View $v): string => sprintf(
            $t->isInside($v, 'sidebar') ? '<a class="compact" href="/stories/%d">Read</a>' : '<a href="/stories/%d">Read more</a>',
            $v->data['id'],
        ),
    ], debugComments: true);
    $stories = new StoryRepository();

    $handler = static function () use ($engine, $stories): void {
        $id = (int) basename($_SERVER['REQUEST_URI']);
        $html = $engine->render('layout', ['story' => $stories->find($id, $_SERVER['HTTP_X_SECTION'])]);
        // echo $html;  (the response body; the harness discards it)
    };

    $maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
    for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
        $keepRunning = \frankenphp_handle_request($handler);
        gc_collect_cycles();
        if (!$keepRunning) {
            break;
        }
    }
}
