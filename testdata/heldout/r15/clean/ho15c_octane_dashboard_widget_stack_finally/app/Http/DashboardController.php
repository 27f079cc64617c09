<?php

declare(strict_types=1);

namespace App\Http;

use App\View\AuthorizationException;
use App\View\ComponentRenderer;

final class DashboardController
{
    /** @param array<string, class-string> $widgets */
    public function __construct(private ComponentRenderer $renderer, private array $widgets)
    {
    }

    public function show(array $user, array $dashboardData): string
    {
        $html = '';
        foreach ($this->widgets as $slot => $class) {
            try {
                $html .= $this->renderer->mount($class, $user, $dashboardData[$slot] ?? []);
            } catch (AuthorizationException $e) {
                $html .= sprintf('<div class="upsell" data-slot="%s">%s</div>', $slot, $e->getMessage());
            }
        }

        return "<main>{$html}</main>";
    }
}
