<?php

namespace App\Http;

use App\Facades\RankBadge;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class PlayerCardController
{
    public function show(Request $request): Response
    {
        $playerId = (int) $request->segment(2);
        $card = RankBadge::cardFor(
            $playerId,
            (string) $request->query('handle', 'player' . $playerId),
            (string) $request->query('region', 'eu'),
            (int) $request->query('rating', 1000),
        );

        $html = sprintf(
            '<div class="player-card" data-player="%d"><span class="handle">%s</span>%s<span class="rating">%d</span></div>',
            $card->playerId,
            htmlspecialchars($card->handle),
            RankBadge::badge($card),
            $card->rating,
        );

        return new Response($html, 200, ['Content-Type' => 'text/html', 'Cache-Control' => 'public, max-age=30']);
    }
}
