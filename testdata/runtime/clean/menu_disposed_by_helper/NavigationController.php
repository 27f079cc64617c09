<?php

final class NavigationController
{
    public function __construct(private MenuDisposer $disposer) {}

    public function render(string $current): string
    {
        $root = new MenuItem('Docs', '/docs');
        $guide = $root->add('Guide', '/docs/guide');
        $guide->add('Install', '/docs/guide/install?ref=' . str_repeat('nav', 60));
        $root->add('Current', $current);
        $html = $root->html();
        $this->disposer->dispose($root);
        return $html;
    }
}
