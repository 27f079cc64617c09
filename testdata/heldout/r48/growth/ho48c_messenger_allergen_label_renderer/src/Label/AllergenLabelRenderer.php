<?php

namespace App\Label;

use App\Message\PrintAllergenLabel;

final class AllergenLabelRenderer extends AbstractLabelRenderer
{
    private const ALLERGEN_NAMES = [
        'milk' => 'MILK', 'egg' => 'EGG', 'peanut' => 'PEANUTS', 'tree_nut' => 'TREE NUTS',
        'soy' => 'SOY', 'wheat' => 'WHEAT (GLUTEN)', 'fish' => 'FISH', 'shellfish' => 'SHELLFISH', 'sesame' => 'SESAME',
    ];

    public function render(PrintAllergenLabel $label): string
    {
        $key = "{$label->pantryId}:{$label->sku}:{$label->lotNumber}:{$label->bestBefore}";

        return $this->remember($key, fn () => $this->format($label));
    }

    private function format(PrintAllergenLabel $label): string
    {
        $allergens = array_map(fn (string $a) => self::ALLERGEN_NAMES[$a] ?? strtoupper($a), $label->allergens);
        $text = sprintf(
            $this->templates['default'],
            strtoupper($label->productName),
            $label->lotNumber,
            $label->bestBefore,
            $allergens ? implode(', ', $allergens) : 'NO MAJOR ALLERGENS',
            $label->packedBy,
            $label->pantryId,
        );

        return "^XA^CI28^FO20,20^A0N,28,28^FB760,12,4,L^FD".$text."\n".str_repeat('-', 32)."\nKeep refrigerated after opening. Distributed free of charge; not for resale. "
            .'Questions about ingredients: call the pantry hotline or scan the code on the shelf tag. '
            .'Produits distribués gratuitement. Distribuido gratuitamente, prohibida su venta. '
            .'Allergen information is provided by the donor and checked by intake volunteers; '
            .'if the packaging and this label disagree, follow the packaging and tell a shift lead.^FS'
            .sprintf('^FO20,560^BCN,80,Y,N,N^FD%s-%s^FS^XZ', $label->sku, $label->lotNumber);
    }
}
