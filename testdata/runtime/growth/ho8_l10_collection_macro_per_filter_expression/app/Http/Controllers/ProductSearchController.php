<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Collection;

class ProductSearchController
{
    public function index(Request $request): string
    {
        $expression = (string) $request->input('where', '');
        $macro = 'where' . md5($expression);

        if (! Collection::hasMacro($macro)) {
            $rules = array_map(fn (string $rule) => explode('=', $rule, 2), explode(';', $expression));
            Collection::macro($macro, function () use ($rules) { // leak
                return $this->filter(function (array $product) use ($rules) {
                    foreach ($rules as [$field, $value]) {
                        if ((string) ($product[$field] ?? '') !== $value) {
                            return false;
                        }
                    }

                    return true;
                });
            });
        }

        $catalog = new Collection([['brand' => 'acme', 'color' => 'red'], ['brand' => 'globex', 'color' => 'blue']]);

        return json_encode($catalog->{$macro}()->all());
    }
}
