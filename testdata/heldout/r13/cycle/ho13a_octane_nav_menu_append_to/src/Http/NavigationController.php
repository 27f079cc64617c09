<?php

declare(strict_types=1);

namespace App\Http;

use App\Menu\MenuBuilder;
use App\Support\Request;
use App\Support\Response;

final class NavigationController
{
    public function __construct(private readonly MenuBuilder $menus)
    {
    }

    public function show(Request $request): Response
    {
        $tenant = (string) $request->attribute('tenant', 'acme');
        $menu = $this->menus->build($tenant, (string) $request->attribute('user', 'guest'));
        $menu->markActive($request->path);

        $active = $menu->findActive();
        $crumbs = $active ? implode(' / ', $active->breadcrumbs()) : '';

        return new Response('<nav><p>' . htmlspecialchars($crumbs) . '</p><ul>' . $menu->render() . '</ul></nav>');
    }
}
