<?php

declare(strict_types=1);

namespace App\Shortcodes;

use App\Support\CacheKey;
use CmsKit\Cache\RenderCache;
use CmsKit\Shortcodes\Context;
use CmsKit\Shortcodes\Shortcode;

final class GalleryShortcode implements Shortcode
{
    /** @param list<string> $layouts */
    public function __construct(
        private array $layouts,
        private string $cdn,
    ) {
    }

    public function render(array $atts, string $content, Context $context): string
    {
        $atts = $this->normalize($atts);
        $key = CacheKey::shortcode($context->tag, $atts, ['layout', 'columns']);
        $frame = RenderCache::instance()->remember($key, fn (): string => $this->frame($atts));

        return str_replace('{items}', $this->items($atts['ids']), $frame);
    }

    /** @return array{ids: string, layout: string, columns: string} */
    private function normalize(array $atts): array
    {
        $layout = in_array($atts['layout'] ?? '', $this->layouts, true) ? $atts['layout'] : $this->layouts[0];
        $columns = (string) max(1, min(6, (int) ($atts['columns'] ?? 3)));
        $ids = implode(',', array_filter(array_map('intval', explode(',', $atts['ids'] ?? ''))));

        return ['ids' => $ids, 'layout' => $layout, 'columns' => $columns];
    }

    private function frame(array $atts): string
    {
        return sprintf('<div class="gallery gallery--%s gallery-columns-%s">{items}</div>', $atts['layout'], $atts['columns']);
    }

    private function items(string $ids): string
    {
        $html = '';
        foreach (explode(',', $ids) as $id) {
            $html .= sprintf(
                '<figure class="gallery-item"><img loading="lazy" src="%1$s/%2$d/large.webp" srcset="%1$s/%2$d/medium.webp 768w, %1$s/%2$d/large.webp 1280w" alt="attachment-%2$d"></figure>',
                $this->cdn,
                (int) $id,
            );
        }

        return $html;
    }
}
