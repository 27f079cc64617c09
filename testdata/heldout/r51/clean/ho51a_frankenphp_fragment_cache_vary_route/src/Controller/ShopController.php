<?php

namespace App\Controller;

use App\Http\Request;
use App\Http\Response;
use App\Routing\Route;
use App\View\Fragments;

final class ShopController
{
    use Fragments;

    private const CATEGORIES = ['shoes' => 'Schoenen', 'bags' => 'Tassen', 'belts' => 'Riemen', 'wallets' => 'Portemonnees', 'socks' => 'Sokken', 'care' => 'Onderhoud'];

    public function __invoke(Request $request, Route $route): Response
    {
        $nav = $this->fragment('navigation', $request, $route, fn () => $this->renderNavigation($request));
        $footer = $this->fragment('footer', $request, $route, static fn () => '<footer>&copy; Leerwerk B.V. &middot; KvK 12345678 &middot; <a href="/privacy">Privacy</a></footer>');

        $main = match ($route->name) {
            'shop.category' => '<h1>' . (self::CATEGORIES[$route->parameters['slug']] ?? 'Shop') . '</h1>',
            'shop.product' => '<h1>Product ' . (int) $route->parameters['id'] . '</h1>',
            default => '<h1>Zoeken: ' . htmlspecialchars((string) ($request->query['q'] ?? '')) . '</h1>',
        };

        return new Response("<!doctype html><html lang=\"{$request->language}\"><body>{$nav}<main>{$main}</main>{$footer}</body></html>");
    }

    private function renderNavigation(Request $request): string
    {
        $items = '';
        foreach (self::CATEGORIES as $slug => $label) {
            $href = "/shop/category/{$slug}";
            $active = $href === $request->path ? ' class="active" aria-current="page"' : '';
            $items .= "<li><a href=\"{$href}\"{$active} data-track=\"nav-{$slug}\">{$label}</a></li>\n";
        }

        return "<nav class=\"shop-nav\" aria-label=\"Categorieën\"><ul>\n{$items}</ul><a class=\"search\" href=\"/shop/search\">Zoeken</a></nav>";
    }
}
