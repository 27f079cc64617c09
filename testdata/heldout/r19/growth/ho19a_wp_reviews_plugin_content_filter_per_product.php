<?php

declare(strict_types=1);

// Minimal WordPress hook API as it is bundled with the theme runtime.
namespace {
    final class WP_Hook
    {
        /** @var array<int, array<string, array{function: callable, accepted_args: int}>> */
        public array $callbacks = [];

        public function add_filter(string $tag, callable $callback, int $priority, int $acceptedArgs): void
        {
            $idx = _wp_filter_build_unique_id($tag, $callback, $priority);
            $this->callbacks[$priority][$idx] = ['function' => $callback, 'accepted_args' => $acceptedArgs]; // leak
            ksort($this->callbacks, SORT_NUMERIC);
        }

        public function apply_filters(mixed $value, array $args): mixed
        {
            foreach ($this->callbacks as $callbacks) {
                foreach ($callbacks as $cb) {
                    $args[0] = $value;
                    $value = ($cb['function'])(...array_slice($args, 0, $cb['accepted_args']));
                }
            }

            return $value;
        }

        public function do_action(array $args): void
        {
            foreach ($this->callbacks as $callbacks) {
                foreach ($callbacks as $cb) {
                    ($cb['function'])(...array_slice($args, 0, $cb['accepted_args']));
                }
            }
        }
    }

    function _wp_filter_build_unique_id(string $tag, callable $callback, int $priority): string
    {
        if (is_string($callback)) {
            return $callback;
        }
        if (is_object($callback)) {
            $callback = [$callback, ''];
        } else {
            $callback = (array) $callback;
        }
        if (is_object($callback[0])) {
            return spl_object_hash($callback[0]) . $callback[1];
        }

        return $callback[0] . '::' . $callback[1];
    }

    function add_filter(string $tag, callable $callback, int $priority = 10, int $acceptedArgs = 1): bool
    {
        global $wp_filter;
        $wp_filter[$tag] ??= new WP_Hook();
        $wp_filter[$tag]->add_filter($tag, $callback, $priority, $acceptedArgs);

        return true;
    }

    function add_action(string $tag, callable $callback, int $priority = 10, int $acceptedArgs = 1): bool
    {
        return add_filter($tag, $callback, $priority, $acceptedArgs);
    }

    function apply_filters(string $tag, mixed $value, mixed ...$args): mixed
    {
        global $wp_filter;
        if (!isset($wp_filter[$tag])) {
            return $value;
        }

        return $wp_filter[$tag]->apply_filters($value, [$value, ...$args]);
    }

    function do_action(string $tag, mixed ...$args): void
    {
        global $wp_filter;
        if (isset($wp_filter[$tag])) {
            $wp_filter[$tag]->do_action($args);
        }
    }

    function get_the_ID(): int
    {
        return (int) ($GLOBALS['post']['ID'] ?? 0);
    }

    $GLOBALS['wp_filter'] = [];
    $GLOBALS['post'] = null;
}

namespace Acme\Reviews {
    final class ReviewSummary
    {
        public function __construct(
            public readonly int $productId,
            public readonly float $average,
            public readonly int $count,
            public readonly string $topExcerpt,
        ) {
        }
    }

    final class ReviewRepository
    {
        public function summaryFor(int $productId): ReviewSummary
        {
            $excerpt = str_repeat("Great build quality, arrived on time for order {$productId}. ", 6);

            return new ReviewSummary($productId, 3.5 + ($productId % 3) / 2, 10 + $productId % 40, $excerpt);
        }
    }

    final class StarRenderer
    {
        public function render(ReviewSummary $summary): string
        {
            $full = (int) floor($summary->average);

            return sprintf(
                '<div class="acme-stars" data-product="%d">%s%s <span>(%d)</span><blockquote>%s</blockquote></div>',
                $summary->productId,
                str_repeat('★', $full),
                str_repeat('☆', 5 - $full),
                $summary->count,
                htmlspecialchars(substr($summary->topExcerpt, 0, 120)),
            );
        }
    }

    final class ReviewsPlugin
    {
        public function __construct(
            private readonly ReviewRepository $reviews,
            private readonly StarRenderer $renderer,
        ) {
        }

        public function boot(): void
        {
            add_action('template_redirect', [$this, 'onTemplateRedirect']);
        }

        public function onTemplateRedirect(?array $queried): void
        {
            if (($queried['post_type'] ?? null) !== 'product') {
                return;
            }
            $summary = $this->reviews->summaryFor((int) $queried['ID']);
            add_filter('the_content', $this->starsAppender($summary), 20); // leak
        }

        private function starsAppender(ReviewSummary $summary): \Closure
        {
            return function (string $content) use ($summary): string {
                if (get_the_ID() !== $summary->productId) {
                    return $content;
                }

                return $content . "\n" . $this->renderer->render($summary);
            };
        }
    }
}

namespace {
    use Acme\Reviews\ReviewRepository;
    use Acme\Reviews\ReviewsPlugin;
    use Acme\Reviews\StarRenderer;

    // Worker boot: plugins are loaded once, then requests are served in a loop.
    $plugin = new ReviewsPlugin(new ReviewRepository(), new StarRenderer());
    $plugin->boot();
    add_filter('the_content', 'wpautop_stub');

    function wpautop_stub(string $content): string
    {
        return '<p>' . str_replace("\n\n", '</p><p>', $content) . '</p>';
    }

    function serve_product_page(int $productId): string
    {
        $queried = ['ID' => $productId, 'post_type' => 'product', 'post_content' => "Product {$productId} description"];
        $GLOBALS['post'] = $queried;
        try {
            do_action('template_redirect', $queried);

            return apply_filters('the_content', $queried['post_content']);
        } finally {
            $GLOBALS['post'] = null;
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $html = serve_product_page(1000 + $i);
        unset($html);
    }
}
