<?php

// ReactPHP HTTP server rendering course outlines for the LMS sidebar. The
// outline is rebuilt from the syllabus rows on every request.

namespace React\Http {
    /** Stand-in for React\Http\HttpServer driven by the event loop. */
    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        public function listen(int $requests): void
        {
            for ($n = 0; $n < $requests; $n++) {
                ($this->handler)([
                    'path' => '/courses/' . (100 + $n % 12) . '/outline',
                    'query' => ['learner' => (string) (40000 + $n * 3), 'ts' => (string) (1727000000 + $n)],
                ]);
            }
        }
    }
}

namespace App\Outline {
    final class Module
    {
        private ?Course $course = null;
        /** @var list<array{id: int, title: string, minutes: int}> */
        private array $lessons = [];

        public function __construct(public readonly int $position, public readonly string $title, public readonly string $objectives)
        {
        }

        public function setCourse(Course $course): void
        {
            $this->course = $course; // leak
        }

        public function addLesson(int $id, string $title, int $minutes): void
        {
            $this->lessons[] = ['id' => $id, 'title' => $title, 'minutes' => $minutes];
        }

        public function anchor(): string
        {
            return sprintf('%s#module-%d', $this->course?->slug ?? '', $this->position);
        }

        public function minutes(): int
        {
            return array_sum(array_column($this->lessons, 'minutes'));
        }
    }

    final class Course
    {
        /** @var list<Module> */
        private array $modules = [];

        public function __construct(public readonly int $id, public readonly string $slug, public readonly string $title)
        {
        }

        public function addModule(Module $module): static
        {
            $module->setCourse($this);
            $this->modules[] = $module; // leak

            return $this;
        }

        /** @return list<Module> */
        public function modules(): array
        {
            return $this->modules;
        }
    }

    /** Turns syllabus rows (as the DB returns them) into the outline tree. */
    final class OutlineBuilder
    {
        public function build(int $courseId): Course
        {
            $course = new Course($courseId, "course-{$courseId}", "Course {$courseId}: Foundations of Data Literacy");
            foreach ($this->syllabus($courseId) as $position => $row) {
                $module = new Module($position + 1, $row['title'], $row['objectives']);
                foreach ($row['lessons'] as $i => [$title, $minutes]) {
                    $module->addLesson($courseId * 100 + $position * 10 + $i, $title, $minutes);
                }
                $course->addModule($module);
            }

            return $course;
        }

        private function syllabus(int $courseId): array
        {
            return [
                ['title' => 'Reading charts', 'objectives' => "Course {$courseId}: identify misleading axes, compare distributions and explain a chart to a peer in plain words.", 'lessons' => [['Axes and scales', 12], ['Distributions', 18]]],
                ['title' => 'Working with tables', 'objectives' => "Course {$courseId}: sort, filter and pivot tabular data, and justify each transformation step in a short written note.", 'lessons' => [['Filtering', 9], ['Pivot tables', 21]]],
            ];
        }
    }

    final class OutlinePresenter
    {
        public function present(Course $course, string $learner): array
        {
            $items = [];
            foreach ($course->modules() as $module) {
                $items[] = ['title' => $module->title, 'href' => $module->anchor(), 'minutes' => $module->minutes()];
            }

            return ['course' => $course->title, 'learner' => $learner, 'modules' => $items];
        }
    }
}

namespace {
    use App\Outline\OutlineBuilder;
    use App\Outline\OutlinePresenter;
    use React\Http\HttpServer;

    $builder = new OutlineBuilder();
    $presenter = new OutlinePresenter();

    $server = new HttpServer(static function (array $request) use ($builder, $presenter): string {
        preg_match('#^/courses/(\d+)/outline$#', $request['path'], $m);
        $course = $builder->build((int) $m[1]);

        return json_encode($presenter->present($course, $request['query']['learner']));
    });
    $server->listen((int) (getenv('PHPLEAK_N') ?: 100));
}
