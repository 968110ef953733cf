package faqbot.bench;

import java.util.List;

/** A system under evaluation: a question in, the keys ({@link PairKey}) of its best ten pairs out, best first. */
@FunctionalInterface
interface Ranker {

    List<String> top10(String question);
}
