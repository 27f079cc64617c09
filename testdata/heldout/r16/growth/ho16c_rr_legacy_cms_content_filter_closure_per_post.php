<?php

declare(strict_types=1);

namespace LegacyBridge {

    /**
     * WordPress-style hook API kept for the legacy theme layer; the hook table
     * lives in $GLOBALS['wp_filter'] exactly as the old code expects.
     */
    function hook_callback_id(callable $callback): string
    {
        if (is_string($callback)) {
            return $callback;
        }
        if ($callback instanceof \Closure || is_object($callback)) {
            return spl_object_hash($callback);
        }
        [$target, $method] = $callback;

        return is_object($target) ? spl_object_hash($target) . $method : $target . '::' . $method;
    }

    function add_filter(string $hook, callable $callback, int $priority = 10, int $acceptedArgs = 1): void
    {
        $id = hook_callback_id($callback);
        $GLOBALS['wp_filter'][$hook][$priority][$id] = ['function' => $callback, 'accepted_args' => $acceptedArgs]; // leak
    }

    function apply_filters(string $hook, mixed $value, mixed ...$args): mixed
    {
        $byPriority = $GLOBALS['wp_filter'][$hook] ?? [];
        ksort($byPriority);
        foreach ($byPriority as $callbacks) {
            foreach ($callbacks as $entry) {
                $value = ($entry['function'])($value, ...array_slice($args, 0, $entry['accepted_args'] - 1));
            }
        }

        return $value;
    }
}

namespace App\Content {

    use function LegacyBridge\add_filter;
    use function LegacyBridge\apply_filters;

    final class Post
    {
        /** @param list<string> $tags */
        public function __construct(
            public readonly int $id,
            public readonly string $title,
            public readonly string $body,
            public readonly array $tags,
        ) {
        }
    }

    final class PostRepository
    {
        public function find(int $id): Post
        {
            return new Post(
                $id,
                "Release notes {$id}",
                str_repeat("Paragraph about build {$id} and its changes. ", 8),
                ['release', 'changelog', 'v' . ($id % 7)],
            );
        }
    }

    final class RelatedPostsPlugin
    {
        public function __construct(private PostRepository $posts)
        {
        }

        /** Called by the theme before rendering a single post. */
        public function prepare(Post $post): void
        {
            $related = array_map(fn (int $id) => $this->posts->find($id), [$post->id + 1, $post->id + 2]);

            add_filter('the_content', function (string $content) use ($post, $related): string { // leak
                $links = array_map(fn (Post $p) => "<li><a href=\"/posts/{$p->id}\">{$p->title}</a></li>", $related);

                return $content . "<aside data-post=\"{$post->id}\"><ul>" . implode('', $links) . '</ul></aside>';
            });
        }
    }

    final class SinglePostController
    {
        public function __construct(private PostRepository $posts, private RelatedPostsPlugin $related)
        {
        }

        public function show(array $request): string
        {
            $post = $this->posts->find((int) $request['query']['p']);
            $GLOBALS['post'] = $post;
            $this->related->prepare($post);

            return '<article><h1>' . htmlspecialchars($post->title) . '</h1>' . apply_filters('the_content', $post->body) . '</article>';
        }
    }
}

namespace {

    use App\Content\PostRepository;
    use App\Content\RelatedPostsPlugin;
    use App\Content\SinglePostController;

    // RoadRunner worker stand-in: boot once, then serve requests in a loop.
    $GLOBALS['wp_filter'] = [];
    $posts = new PostRepository();
    $controller = new SinglePostController($posts, new RelatedPostsPlugin($posts));
    \LegacyBridge\add_filter('the_content', 'trim', 5);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $controller->show(['method' => 'GET', 'path' => '/', 'query' => ['p' => (string) (1000 + $i)]]);
        unset($GLOBALS['post']);
    }
}
