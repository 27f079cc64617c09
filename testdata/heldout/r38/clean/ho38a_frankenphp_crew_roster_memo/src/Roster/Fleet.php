<?php

namespace Crew\Roster;

enum Fleet: string
{
    case A320 = 'A320';
    case A350 = 'A350';
    case B777 = 'B777';
    case B787 = 'B787';
    case E190 = 'E190';
}
