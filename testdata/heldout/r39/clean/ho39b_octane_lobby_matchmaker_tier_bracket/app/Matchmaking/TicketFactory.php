<?php

namespace App\Matchmaking;

use Illuminate\Http\Request;

final class TicketFactory
{
    private const REGIONS = ['eu-west', 'us-east', 'ap-south'];
    private const MODES = ['duel', 'ranked-1v1'];

    public function fromRequest(Request $request): Ticket
    {
        $region = (string) $request->input('region', 'eu-west');
        if (!in_array($region, self::REGIONS, true)) {
            $region = 'eu-west';
        }
        $mode = (string) $request->input('mode', 'duel');
        if (!in_array($mode, self::MODES, true)) {
            $mode = 'duel';
        }
        $playerId = (string) $request->input('player_id');

        return new Ticket(
            ticketId: 'tkt_' . substr(hash('sha1', $playerId . $request->input('ts')), 0, 20),
            playerId: $playerId,
            displayName: (string) $request->input('display_name', 'anon'),
            region: $region,
            mode: $mode,
            rating: (float) $request->input('rating', 1500.0),
            deviation: (float) $request->input('rd', 350.0),
            loadout: json_encode($request->input('loadout', []), JSON_THROW_ON_ERROR),
            queuedAt: (int) $request->input('ts'),
        );
    }
}
