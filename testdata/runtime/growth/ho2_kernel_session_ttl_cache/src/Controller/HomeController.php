<?php

declare(strict_types=1);

namespace Lattice\Controller;

use Lattice\Http\Request;
use Lattice\Http\Response;

final class HomeController
{
    /** @param array{id: string, data: array<string, mixed>} $session */
    public function __invoke(Request $request, array $session): Response
    {
        $items = count($session['data']['cart']['items'] ?? []);

        return new Response(200, sprintf('<html><body><h1>Welcome</h1><p>%d items in cart</p></body></html>', $items));
    }
}
