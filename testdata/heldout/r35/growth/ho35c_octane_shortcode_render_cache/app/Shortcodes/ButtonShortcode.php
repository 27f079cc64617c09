<?php

declare(strict_types=1);

namespace App\Shortcodes;

use CmsKit\Shortcodes\Context;
use CmsKit\Shortcodes\Shortcode;

final class ButtonShortcode implements Shortcode
{
    public function render(array $atts, string $content, Context $context): string
    {
        $label = htmlspecialchars($atts['label'] ?? 'More', ENT_QUOTES);
        $href = htmlspecialchars($atts['href'] ?? '#', ENT_QUOTES);

        return "<a class=\"wp-block-button__link\" href=\"{$href}\">{$label}</a>";
    }
}
