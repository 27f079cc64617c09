<?php

declare(strict_types=1);

require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Form/FieldSpec.php';
require __DIR__ . '/src/Form/FormNode.php';
require __DIR__ . '/src/Form/FormVisitor.php';
require __DIR__ . '/src/Form/TreeBuildingVisitor.php';
require __DIR__ . '/src/Form/FormTreeBuilder.php';
require __DIR__ . '/src/Controller/CheckoutController.php';

use App\Controller\CheckoutController;
use App\Form\FormTreeBuilder;
use App\Http\Request;

// Long-running worker (RoadRunner-style): controller and builder factory live
// for the whole process, every request gets its own form tree.
$controller = new CheckoutController(new FormTreeBuilder());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('POST', '/checkout', [
        'billing' => ['street' => "Main St $i", 'city' => 'Springfield', 'zip' => sprintf('%05d', $i)],
        'email' => "customer$i@example.test",
    ]);
    $status = $controller->submit($request);
    unset($request, $status);
}
