<?php

namespace App\AntiCheat;

enum Game: string
{
    case Cs2 = 'cs2';
    case Valorant = 'valorant';
    case Dota2 = 'dota2';
    case Rocket = 'rocket-league';
}
