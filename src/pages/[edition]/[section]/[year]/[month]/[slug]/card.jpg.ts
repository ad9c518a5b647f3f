// A story's social card in the other editions: the default edition's route, under /<lang>/.
export { getStaticPaths, GET } from '../../../../../[section]/[year]/[month]/[slug]/card.jpg';
