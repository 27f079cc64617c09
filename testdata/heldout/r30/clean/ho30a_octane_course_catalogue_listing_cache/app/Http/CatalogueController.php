<?php

namespace App\Http;

use App\Services\Catalogue;

class CatalogueController
{
    public function index(array $query): string
    {
        $listing = Catalogue::browse($query);

        return json_encode([
            'courses' => array_column($listing['data'], 'title', 'id'),
            'page' => $listing['meta']['page'],
        ]);
    }
}
