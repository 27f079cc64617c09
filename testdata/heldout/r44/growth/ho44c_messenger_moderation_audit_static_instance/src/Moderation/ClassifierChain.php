<?php

namespace App\Moderation;

use App\Message\ModeratePhoto;
use App\Moderation\Classifier\Classifier;

final class ClassifierChain
{
    /** @var list<Classifier> */
    private array $classifiers = [];

    /** @param list<class-string<Classifier>> $classes from config, in evaluation order */
    public function __construct(array $classes)
    {
        foreach ($classes as $class) {
            $this->classifiers[] = new $class();
        }
    }

    /** @return list<Verdict> */
    public function run(ModeratePhoto $photo): array
    {
        $verdicts = [];
        foreach ($this->classifiers as $classifier) {
            $verdicts[] = $classifier->classify($photo);
        }

        return $verdicts;
    }
}
