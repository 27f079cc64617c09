<?php

namespace App\Support\Facades;

use App\Documents\DocumentClassifier;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Documents\Classification classify(\App\Documents\ClaimDocument $document)
 */
class Classifier extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return DocumentClassifier::class;
    }
}
