<?php

namespace App\Http\Controllers;

use App\Facades\Branding;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class StorefrontController
{
    public function home(Request $request): Response
    {
        $brand = Branding::forHost($request->getHost());

        $html = sprintf(
            '<html><head><title>%s</title><style>%s</style></head><body><img src="%s"></body></html>',
            htmlspecialchars($brand->meta['title']),
            $brand->stylesheet,
            $brand->logoUrl,
        );

        return new Response($html, 200, ['Content-Type' => 'text/html']);
    }
}
