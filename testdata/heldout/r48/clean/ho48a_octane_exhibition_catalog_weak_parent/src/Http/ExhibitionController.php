<?php

namespace App\Http;

use App\Catalog\Exhibition;
use Framework\Request;
use Framework\Response;

final class ExhibitionController
{
    public function __construct(private readonly string $museumName)
    {
    }

    public function show(Request $request): Response
    {
        $slug = $request->input('slug', 'unknown');
        $exhibition = new Exhibition(
            $slug,
            ucwords(str_replace('-', ' ', $slug)),
            str_repeat('Curated from the permanent collection and loans from partner museums. ', 5) . $slug,
        );

        $exhibition->addSection('artworks', ['works' => [
            "Study in Ochre ($slug)",
            "Harbour at Dusk ($slug)",
            "Portrait of a Lender ($slug)",
        ]]);
        $exhibition->addSection('audio', ['stops' => 14, 'languages' => ['en', 'fr', 'de']]);
        $exhibition->addSection('access', ['note' => 'Lift to level 2; tactile map at the desk for ' . $slug . '.']);

        $html = "<h1>{$this->museumName}: " . htmlspecialchars($exhibition->title) . "</h1>\n";
        foreach ($exhibition->sections() as $section) {
            $html .= $section->render();
        }

        return new Response(200, $html);
    }
}
