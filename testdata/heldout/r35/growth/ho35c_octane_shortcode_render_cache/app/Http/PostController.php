<?php

declare(strict_types=1);

namespace App\Http;

use CmsKit\Shortcodes\ShortcodeRegistry;

final class PostController
{
    public function __construct(private ShortcodeRegistry $shortcodes)
    {
    }

    /** @param array{route: array{post: int}, post: array{id: int, title: string, body: string}} $request */
    public function show(array $request): string
    {
        $post = $request['post'];
        $body = $this->shortcodes->apply($post['body'], $post['id']);

        return '<article id="post-' . $post['id'] . '"><h1>' . htmlspecialchars($post['title']) . '</h1>' . $body . '</article>';
    }
}
