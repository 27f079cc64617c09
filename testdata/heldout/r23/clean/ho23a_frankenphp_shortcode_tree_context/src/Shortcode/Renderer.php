<?php

declare(strict_types=1);

namespace App\Shortcode;

final class Renderer
{
    public function render(ShortcodeNode $node): string
    {
        $inner = '';
        foreach ($node->children() as $child) {
            $inner .= $this->render($child);
        }

        return match ($node->tag) {
            '#root' => $inner,
            'gallery' => sprintf('<div class="gallery columns-%d">%s</div>', (int) ($node->atts['columns'] ?? 3), $inner),
            'caption' => $node->closest('gallery') !== null
                ? '<figcaption>' . htmlspecialchars(trim(strip_tags($node->content))) . '</figcaption>'
                : '<p class="wp-caption-text">' . htmlspecialchars($node->content) . '</p>',
            'button' => sprintf('<a class="btn" href="%s">%s</a>', htmlspecialchars($node->atts['url'] ?? '#'), htmlspecialchars($node->content)),
            default => '',
        };
    }
}
