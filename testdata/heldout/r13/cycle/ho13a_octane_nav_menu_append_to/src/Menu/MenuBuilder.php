<?php

declare(strict_types=1);

namespace App\Menu;

final class MenuBuilder
{
    /**
     * @param array<string, list<array{string, string}>> $sections boot-time navigation config
     */
    public function __construct(private readonly array $sections)
    {
    }

    public function build(string $tenant, string $userName): MenuItem
    {
        $root = new MenuItem('Home', '/' . $tenant, [
            'data-tenant' => $tenant,
            'data-user' => $userName,
            'data-greeting' => str_repeat('Welcome back, ' . $userName . '. ', 12),
        ]);

        foreach ($this->sections as $section => $links) {
            $group = $this->item($section, '/' . $tenant . '/' . strtolower($section))->appendTo($root);
            foreach ($links as [$label, $slug]) {
                $this->item($label, '/' . $tenant . '/' . $slug)->appendTo($group);
            }
        }

        return $root;
    }

    private function item(string $label, string $url): MenuItem
    {
        return new MenuItem($label, $url, ['title' => $label . ' (' . $url . ')']);
    }
}
