<?php
// A web worker builds the site navigation menu from configuration on every request, marks the current page and renders it to HTML.
declare(strict_types=1);

require __DIR__ . '/src/Menu/ItemInterface.php';
require __DIR__ . '/src/Menu/MenuItem.php';
require __DIR__ . '/src/Menu/MenuFactory.php';
require __DIR__ . '/src/Matcher/VoterInterface.php';
require __DIR__ . '/src/Matcher/Voters.php';
require __DIR__ . '/src/Matcher/Matcher.php';
require __DIR__ . '/src/Renderer/ListRenderer.php';

use Site\Menu\MenuFactory;
use Site\Matcher\Matcher;
use Site\Matcher\RegexVoter;
use Site\Matcher\UriVoter;
use Site\Renderer\ListRenderer;

$config = [
    'Home' => ['uri' => '/'],
    'Products' => ['uri' => '/products', 'children' => [
        'Laptops' => ['uri' => '/products/laptops'],
        'Phones' => ['uri' => '/products/phones'],
    ]],
    'Support' => ['uri' => '/support', 'children' => [
        'Contact' => ['uri' => '/support/contact'],
    ]],
];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$factory = new MenuFactory();
$pages = ['/', '/products/laptops', '/products/phones', '/support/contact'];
$bytes = 0;
for ($i = 0; $i < $n; $i++) {
    $currentUri = $pages[$i % count($pages)];
    $matcher = new Matcher(new UriVoter($currentUri), new RegexVoter('#^/products/#'));
    $renderer = new ListRenderer($matcher);
    $menu = $factory->createFromArray('main', $config);
    $bytes += strlen($renderer->render($menu));
}
