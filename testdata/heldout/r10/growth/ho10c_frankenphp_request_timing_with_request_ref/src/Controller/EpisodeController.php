<?php

declare(strict_types=1);

namespace App\Controller;

use Framework\Http\Request;
use Framework\Http\Response;

final class EpisodeController
{
    public function list(Request $request): Response
    {
        $podcast = (int) $request->attributes['_route_params']['podcast'];
        $page = max(1, (int) ($request->query['page'] ?? 1));
        $episodes = [];
        for ($e = 0; $e < 3; $e++) {
            $number = ($page - 1) * 3 + $e + 1;
            $episodes[] = ['podcast' => $podcast, 'number' => $number, 'title' => "Episode {$number}"];
        }
        $response = new Response(json_encode(['data' => $episodes, 'page' => $page]));
        $response->headers['Content-Type'] = 'application/json';
        return $response;
    }
}
