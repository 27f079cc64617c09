<?php
// A navigation menu is built per request with parent pointers; a disposer in another file unlinks it after rendering.

require_once __DIR__ . '/MenuItem.php';
require_once __DIR__ . '/MenuDisposer.php';
require_once __DIR__ . '/NavigationController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new NavigationController(new MenuDisposer());
for ($i = 0; $i < $n; $i++) {
    $controller->render("/docs/page-{$i}");
}
