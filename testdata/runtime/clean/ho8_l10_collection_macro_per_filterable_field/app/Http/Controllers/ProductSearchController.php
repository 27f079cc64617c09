<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Collection;

class ProductSearchController
{
    private const FILTERABLE = ['brand', 'color', 'size'];

    public function index(Request $request): string
    {
        $field = in_array($request->input('field'), self::FILTERABLE, true) ? $request->input('field') : 'brand';
        $macro = 'where' . ucfirst($field);

        if (! Collection::hasMacro($macro)) {
            Collection::macro($macro, function (string $value) use ($field) {
                return $this->filter(fn (array $product) => (string) ($product[$field] ?? '') === $value);
            });
        }

        $catalog = new Collection([['brand' => 'acme', 'color' => 'red'], ['brand' => 'globex', 'color' => 'blue']]);

        return json_encode($catalog->{$macro}((string) $request->input('value'))->all());
    }
}
