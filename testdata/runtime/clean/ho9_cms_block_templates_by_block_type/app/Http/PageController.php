<?php
namespace App\Http;

use App\View\BlockRenderer;

final class PageController
{
    public function __construct(private BlockRenderer $renderer) {}

    public function show(array $page): string
    {
        $html = '';
        foreach ($page['blocks'] as $block) {
            $html .= $this->renderer->render($block);
        }
        return "<main>{$html}</main>";
    }
}
