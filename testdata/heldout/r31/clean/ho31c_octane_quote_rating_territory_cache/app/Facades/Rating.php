<?php

namespace App\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Rating\RatedQuote quote(\App\Rating\QuoteSubmission $submission)
 */
class Rating extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'rating.engine';
    }
}
