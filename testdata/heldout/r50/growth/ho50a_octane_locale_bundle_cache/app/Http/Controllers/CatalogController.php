<?php

namespace App\Http\Controllers;

use App\Support\Lang;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class CatalogController
{
    public function index(Request $request): Response
    {
        $html = '<h1>' . Lang::get('catalog.title') . '</h1>'
            . '<p>' . Lang::get('catalog.subtitle') . '</p>'
            . '<button>' . Lang::get('cart.add') . '</button>'
            . '<footer>' . Lang::get('footer.legal') . '</footer>';

        return new Response($html);
    }
}
