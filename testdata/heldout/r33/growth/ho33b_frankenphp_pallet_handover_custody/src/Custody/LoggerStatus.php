<?php

namespace App\Custody;

enum LoggerStatus
{
    case Verified;
    case Pending;
    case Excursion;
}
