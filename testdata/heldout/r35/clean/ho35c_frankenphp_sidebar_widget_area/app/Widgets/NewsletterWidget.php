<?php

declare(strict_types=1);

namespace App\Widgets;

use WidgetKit\Widget;

final class NewsletterWidget extends Widget
{
    public function render(array $context): string
    {
        $list = htmlspecialchars($this->settings['list'] ?? 'default');

        return $this->title() . '<form method="post" action="/newsletter/' . $list . '"><input type="email" name="email"><button>Subscribe</button></form>';
    }
}
